/** Where a repository keeps its configuration: the one name every adapter and source reads. */
export const CONFIG_PATH = '.github/product-health.yml';
/** The configuration's file names, in the order they are looked for. */
export const CONFIG_FILES = [CONFIG_PATH, '.github/product-health.yaml'];
