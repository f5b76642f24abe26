// @gov/tools: the workspace's own Nx plugin (generators only). See tools/nx-plugin/README.md.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Nx loads generator factories with require() */

module.exports = {
  serviceGenerator: require('./generators/service/generator.cjs'),
  moduleGenerator: require('./generators/module/generator.cjs'),
};
