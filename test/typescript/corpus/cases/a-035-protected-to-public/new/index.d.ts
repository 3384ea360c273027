export declare abstract class Component<P = {}> {
  constructor(props: P);
  readonly props: P;
  render(): string;
}
