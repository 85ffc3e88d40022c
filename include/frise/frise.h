/* frise.h: the whole public API of libfrise, one include. */
#ifndef FRISE_H
#define FRISE_H
#include "frise/annotate.h"
#include "frise/arena.h"
#include "frise/buf.h"
#include "frise/date.h"
#include "frise/detok.h"
#include "frise/diag.h"
#include "frise/doc.h"
#include "frise/eval_timeline.h"
#include "frise/json.h"
#include "frise/lang.h"
#include "frise/reader.h"
#include "frise/rouge.h"
#include "frise/text.h"
#include "frise/timeline.h"
#include "frise/timex.h"
#include "frise/tlsum.h"
#include "frise/utf8.h"
#endif
