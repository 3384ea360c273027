export interface App { use(mw: (req: unknown, next: () => Promise<void>) => Promise<void>): App; listen(port: number): Promise<void> }
declare function createApp(name?: string): App;
export default createApp;
