from seqlint.cli import main

main()
