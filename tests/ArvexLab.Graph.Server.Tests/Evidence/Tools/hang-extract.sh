#!/bin/sh
# Test stand-in for an extraction process that never finishes: it starts a child (to prove the whole
# process tree is killed) and records the child's pid beside the input file.
sleep 300 &
echo $! > "$1.child-pid"
wait
