"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GATEWAY_SUBNET_NAME = exports.DEFAULT_VXLAN_PORT = exports.MAX_EXTENDED_ADDRESSES = void 0;
exports.MAX_EXTENDED_ADDRESSES = 250;
exports.DEFAULT_VXLAN_PORT = 4789;
exports.GATEWAY_SUBNET_NAME = 'GatewaySubnet';
