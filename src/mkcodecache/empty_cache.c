/* empty_cache.c -- the code cache of the first-stage build (node_mkcodecache), which has
 * none: it is the program that makes node_code_cache.c. */
#include "node_javascript.h"

const node_code_cache_entry node_code_cache[1];
const int node_code_cache_count = 0;
