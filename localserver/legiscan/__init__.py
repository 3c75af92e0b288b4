"""LegiScan API: one endpoint with `op=` operations, change hashes and weekly dataset ZIPs."""
