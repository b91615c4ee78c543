using System.Collections.Generic;

namespace ResponseCriteria.Patterns;

/// <summary>The response patterns found in one series: every finding, and the growth kinetics when a pre-baseline scan was given.</summary>
public sealed class PatternReport
{
    /// <summary>No finding and no kinetics (shared: the report is immutable).</summary>
    internal static PatternReport None { get; } = new([], null);

    internal PatternReport(IReadOnlyList<PatternFinding> findings, GrowthKinetics? kinetics)
    {
        Findings = findings;
        Kinetics = kinetics;
    }

    /// <summary>Every finding, in date order.</summary>
    public IReadOnlyList<PatternFinding> Findings { get; }

    /// <summary>Growth before and on treatment, or null without a usable pre-baseline scan.</summary>
    public GrowthKinetics? Kinetics { get; }

    /// <summary>Whether the pattern was found at least once.</summary>
    /// <param name="pattern">The pattern.</param>
    public bool Has(ResponsePattern pattern)
    {
        foreach (var finding in Findings)
        {
            if (finding.Pattern == pattern)
            {
                return true;
            }
        }

        return false;
    }
}
