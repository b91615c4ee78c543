using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ResponseCriteria.Benchmarks.Recist11EvaluatorBenchmarks).Assembly).Run(args);
