export declare abstract class Component<P = {}> {
  constructor(props: P);
  readonly props: P;
  protected render(): string;
}
