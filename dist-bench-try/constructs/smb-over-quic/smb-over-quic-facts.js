"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_RSA_KEY_SIZE = exports.EC_CURVES = exports.EC_KEY_TYPES = exports.RSA_KEY_TYPES = exports.CLIENT_AUTHENTICATION_EKU = exports.SERVER_AUTHENTICATION_EKU = void 0;
/** Object identifiers and key parameters of the SMB over QUIC server certificate. */
exports.SERVER_AUTHENTICATION_EKU = '1.3.6.1.5.5.7.3.1';
exports.CLIENT_AUTHENTICATION_EKU = '1.3.6.1.5.5.7.3.2';
exports.RSA_KEY_TYPES = ['RSA', 'RSA-HSM'];
exports.EC_KEY_TYPES = ['EC', 'EC-HSM'];
exports.EC_CURVES = ['P-256', 'P-384', 'P-521'];
exports.MIN_RSA_KEY_SIZE = 2048;
