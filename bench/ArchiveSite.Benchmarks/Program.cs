using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ArchiveSite.Benchmarks -- --filter '*'
// BENCH_DIGESTS=10000 sets the corpus size (comma-separated for several).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
