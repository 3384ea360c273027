export declare enum Region {
  UsEast = "us-east-1",
  EuWest = "eu-west-1",
  ApSouth = "ap-south-1"
}
export declare function setRegion(region: Region): void;
