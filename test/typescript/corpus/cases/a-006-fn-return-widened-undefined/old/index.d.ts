export interface User { id: string; name: string }
export declare function findUser(id: string): User;
