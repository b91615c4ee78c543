namespace ResponseCriteria.Benchmarks;

/// <summary>
/// The floor the benchmarks are compared with: the RECIST 1.1 target arithmetic alone (sum, PR against baseline, PD against
/// the nadir with +20% and +5 mm, nadir update) over flat arrays, in decimals as the evaluator computes, with no objects, no
/// explanations, no non-target, new-lesion, best-response or pattern work.
/// </summary>
public static class FlatBaseline
{
    /// <summary>Counts the patients with a target PD and the PR time points, reading <paramref name="patients"/> patients of <see cref="SyntheticCohort"/> from <paramref name="tenths"/>.</summary>
    public static (int Progressed, int Responses) TargetCalls(int[] tenths, int patients)
    {
        const int v = SyntheticCohort.Visits, t = SyntheticCohort.Targets;
        var progressed = 0;
        var responses = 0;
        for (var p = 0; p < patients; p++)
        {
            var offset = p * v * t;
            var baseline = Sum(tenths, offset, t);
            var nadir = baseline;
            for (var visit = 1; visit < v; visit++)
            {
                var sum = Sum(tenths, offset + (visit * t), t);
                if (sum * 100m >= nadir * 120m && sum - nadir >= 5m)
                {
                    progressed++;
                    break;
                }

                if (sum * 100m <= baseline * 70m)
                {
                    responses++;
                }

                if (sum < nadir)
                {
                    nadir = sum;
                }
            }
        }

        return (progressed, responses);
    }

    private static decimal Sum(int[] tenths, int offset, int count)
    {
        var sum = 0m;
        for (var k = 0; k < count; k++)
        {
            sum += new decimal(tenths[offset + k], 0, 0, false, 1);
        }

        return sum;
    }
}
