#ifndef HONORSITE_CCMARK_SHIM_H
#define HONORSITE_CCMARK_SHIM_H
#include <cmark.h>
#endif
