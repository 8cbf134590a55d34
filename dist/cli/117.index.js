export const id = 117;
export const ids = [117];
export const modules = {

/***/ 1117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerShardCommand: () => (/* binding */ registerShardCommand)
/* harmony export */ });
/* harmony import */ var _pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3478);
/* harmony import */ var _package_run_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8393);
/* harmony import */ var _package_stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1494);
/* harmony import */ var _pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9535);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3148);
/* harmony import */ var _generation_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7936);






function registerShardCommand(program) {
    program
        .command('shard <dir>')
        .description('print the articles of one shard of a folder, one path per line: the files `run --shard I/N` takes')
        .requiredOption('--total <n>', 'number of shards (the matrix size)')
        .requiredOption('--index <i>', 'which shard, counting from 0')
        .option('--recursive', 'take the articles of its subfolders as well')
        .addOption((0,_generation_options_js__WEBPACK_IMPORTED_MODULE_5__/* .maxInputSizeOption */ .d1)(', as `run` does'))
        .option('--json', 'print the machine-readable result on stdout')
        .action((dir, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .Reporter */ .a8({ quiet: options.json });
        const shard = (0,_pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShard */ .uK)(`${options.index}/${options.total}`);
        const { files, shard: info } = (0,_package_run_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .runArticles */ .pQ)(dir, { recursive: options.recursive, shard }, { warn: (message) => reporter.warn(message) });
        // The files `run --shard` would refuse are refused here too, before a matrix job is planned for them.
        (0,_package_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOutputNames */ .QK)((0,_pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readAllMarkdown */ .p0)(files, { maxBytes: options.maxInputSize }), _package_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .articleOutputs */ .X3);
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)({ ...info, files });
        else if (files.length)
            process.stdout.write(`${files.join('\n')}\n`);
    });
}


/***/ })

};
