"""LegiScan API: every state and Congress, through change hashes and weekly datasets."""
