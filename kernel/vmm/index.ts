// Virtual machine drivers: the interface, the QEMU microvm implementation and its QMP client.
export { QmpClient, QmpError, LineReader, type QmpEvent, type QmpGreeting, type QmpConnectOptions } from './qmp.ts';
