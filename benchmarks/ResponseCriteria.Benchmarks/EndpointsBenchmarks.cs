using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ResponseCriteria.Endpoints;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Benchmarks;

/// <summary>
/// Study endpoints of 10,000 randomised subjects in three arms, 8 recorded calls each 8 weeks apart: the response parameters
/// and time-to-event rows (ADRS figures, ADTTE), the summary (rates, Kaplan–Meier by arm, log-rank), and every ADRS record
/// as written; against a flat loop that finds each subject's first PD and counts responders.
/// </summary>
[MemoryDiagnoser]
public class EndpointsBenchmarks
{
    private const int Subjects = 10_000;
    private const int Calls = 8;
    private static readonly LocalDate Start = new(2024, 1, 1);
    private static readonly string[] Codes = ["CR", "PR", "PR", "SD", "SD", "SD", "PD", "NE"];
    private SubjectTable subjects = null!;
    private Dictionary<string, IReadOnlyList<AssessmentCall>> calls = null!;
    private byte[] flat = null!;
    private StudyEndpoints derived = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        subjects = new SubjectTable(Enumerable.Range(0, Subjects).Select(i => new StudySubject($"S{i:D6}") { Arm = "ABC"[i % 3].ToString(), ReferenceDate = Start, LastAliveDate = Start.PlusDays(500) }));
        calls = new Dictionary<string, IReadOnlyList<AssessmentCall>>(StringComparer.Ordinal);
        flat = new byte[Subjects * Calls];
        for (var s = 0; s < Subjects; s++)
        {
            var list = new AssessmentCall[Calls];
            for (var c = 0; c < Calls; c++)
            {
                var code = random.Next(Codes.Length);
                list[c] = new AssessmentCall(Start.PlusDays(56 * (c + 1)), Codes[code]);
                flat[(s * Calls) + c] = (byte)code;
            }

            calls[$"S{s:D6}"] = list;
        }

        derived = StudyEndpoints.Derive(subjects, calls, Criteria.Recist11);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Subjects)]
    public int FlatProgressionAndResponders()
    {
        var total = 0;
        for (var s = 0; s < Subjects; s++)
        {
            var row = flat.AsSpan(s * Calls, Calls);
            for (var i = 0; i < Calls; i++)
            {
                if (row[i] == 6)
                {
                    total += i;
                    break;
                }

                total += row[i] <= 2 ? 1000 : 0;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Subjects)]
    public int DeriveEndpoints() => StudyEndpoints.Derive(subjects, calls, Criteria.Recist11).TimeToEvent.Count;

    [Benchmark(OperationsPerInvoke = Subjects)]
    public double Summarise() => StudySummary.Of(derived).Comparisons.Sum(c => c.Test.ChiSquare);

    [Benchmark(OperationsPerInvoke = Subjects)]
    public int WriteReadyAdrsRecords() => derived.Adrs.Sum(r => r.Aseq);
}
