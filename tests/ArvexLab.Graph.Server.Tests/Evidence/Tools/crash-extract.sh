#!/bin/sh
# Test stand-in for an extraction process that dies on a hostile PDF (killed by a signal, nothing on stdout).
echo "Fatal error. Internal CLR error." >&2
kill -SEGV $$
