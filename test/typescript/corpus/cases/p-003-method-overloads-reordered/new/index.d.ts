export interface User { name: string }
export interface Client {
  get(id: string | number): User | null;
  get(id: string): User;
}
export declare function connect(url: string): Client;
