import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  crossCheckSurfaces,
  takeStaticMcpSurface
} from "./chunk-AWHBYBIE.js";
import "./chunk-CEDVHOY5.js";
import "./chunk-VZ3H4TGL.js";
import "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import "./chunk-ABR2AS3X.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-4MKIT45O.js";
import "./chunk-PI3AF355.js";
import "./chunk-NZCTYT4Q.js";
import "./chunk-PL4NSQ6G.js";
import "./chunk-HR5I3F4F.js";
import "./chunk-URR7BXMR.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-6LR7PQPG.js";
import "./chunk-KQ74DAPA.js";
import "./chunk-OY4EJMBH.js";
import "./chunk-AMF5LEKA.js";
export {
  crossCheckSurfaces,
  takeStaticMcpSurface
};
