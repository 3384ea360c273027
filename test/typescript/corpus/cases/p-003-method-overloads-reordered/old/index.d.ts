export interface User { name: string }
export interface Client {
  get(id: string): User;
  get(id: string | number): User | null;
}
export declare function connect(url: string): Client;
