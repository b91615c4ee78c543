using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// Best overall response from recorded calls (the SDTM RS path): 10,000 subjects of 8 calls 8 weeks apart, with confirmation,
/// against a flat loop that finds the first PR confirmed by a PR or CR at least 28 days later.
/// </summary>
[MemoryDiagnoser]
public class RecordedCallsBenchmarks
{
    private const int Subjects = 10_000;
    private const int Calls = 8;
    private static readonly LocalDate Baseline = new(2024, 1, 1);
    private static readonly Response[] Codes = [Response.StableDisease, Response.PartialResponse, Response.PartialResponse, Response.CompleteResponse, Response.NotEvaluable, Response.ProgressiveDisease];
    private readonly Recist11Options confirmed = new() { Confirmation = true };
    private ResponseCall[][] calls = null!;
    private byte[] flat = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        calls = new ResponseCall[Subjects][];
        flat = new byte[Subjects * Calls];
        for (var s = 0; s < Subjects; s++)
        {
            calls[s] = new ResponseCall[Calls];
            for (var c = 0; c < Calls; c++)
            {
                var response = Codes[random.Next(Codes.Length)];
                calls[s][c] = new ResponseCall(Baseline.PlusDays(56 * (c + 1)), response);
                flat[(s * Calls) + c] = (byte)response;
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Subjects)]
    public int FlatConfirmedPartialResponse()
    {
        var confirmedCount = 0;
        for (var s = 0; s < Subjects; s++)
        {
            var row = flat.AsSpan(s * Calls, Calls);
            for (var i = 0; i < Calls && confirmedCount >= 0; i++)
            {
                if (row[i] == (byte)Response.ProgressiveDisease)
                {
                    break;
                }

                if (row[i] == (byte)Response.PartialResponse && i + 1 < Calls && (row[i + 1] == (byte)Response.PartialResponse || row[i + 1] == (byte)Response.CompleteResponse))
                {
                    confirmedCount++;
                    break;
                }
            }
        }

        return confirmedCount;
    }

    [Benchmark(OperationsPerInvoke = Subjects)]
    public int DeriveConfirmed()
    {
        var responders = 0;
        foreach (var subject in calls)
        {
            var best = BestResponse.Derive(Baseline, subject, true, confirmed);
            responders += best.Response == Response.PartialResponse || best.Response == Response.CompleteResponse ? 1 : 0;
        }

        return responders;
    }

    [Benchmark(OperationsPerInvoke = Subjects)]
    public BestResponseResult? DeriveConfirmedAndUnconfirmed()
    {
        BestResponseResult? last = null;
        foreach (var subject in calls)
        {
            last = BestResponse.Derive(Baseline, subject, false, confirmed);
            last = BestResponse.Derive(Baseline, subject, true, confirmed);
        }

        return last;
    }
}
