export declare abstract class Command {
  abstract readonly name: string;
  abstract run(args: string[]): Promise<number>;
}
export declare function register(command: Command): void;
