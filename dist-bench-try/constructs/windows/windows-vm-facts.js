"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REBOOT_SETTINGS = exports.PATCH_ASSESSMENT_MODES = exports.PATCH_MODES = void 0;
/** Allowed values of the patch attributes in azurerm 4.55.0 (case-sensitive). */
exports.PATCH_MODES = ['AutomaticByOS', 'AutomaticByPlatform', 'Manual'];
/** Allowed values of `patch_assessment_mode`. */
exports.PATCH_ASSESSMENT_MODES = ['AutomaticByPlatform', 'ImageDefault'];
/** Allowed values of `reboot_setting`. */
exports.REBOOT_SETTINGS = ['Always', 'IfRequired', 'Never'];
