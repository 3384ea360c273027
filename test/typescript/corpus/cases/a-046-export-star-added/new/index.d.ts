export * from './assert';
export * from './guards';
