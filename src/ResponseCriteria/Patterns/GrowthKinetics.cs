using System.Collections.Generic;
using NodaTime;

namespace ResponseCriteria.Patterns;

/// <summary>
/// Tumour growth before and on treatment, from a pre-baseline scan, the baseline and the first on-treatment assessment
/// (criteria §4.3): tumour growth kinetics (TGK, mm/month) and tumour growth rate (TGR, %/month), and which hyperprogression
/// definitions they meet. Months are days / 30.4375. Kinetics are descriptive and computed in double precision.
/// </summary>
public sealed class GrowthKinetics
{
    internal GrowthKinetics(
        LocalDate preBaselineDate,
        decimal preBaselineSum,
        LocalDate baselineDate,
        decimal baselineSum,
        LocalDate firstDate,
        decimal firstSum,
        double tgkReference,
        double tgkExperimental,
        double? tgrReference,
        double? tgrExperimental,
        IReadOnlyList<HyperprogressionDefinition> definitionsMet)
    {
        PreBaselineDate = preBaselineDate;
        PreBaselineSum = preBaselineSum;
        BaselineDate = baselineDate;
        BaselineSum = baselineSum;
        FirstDate = firstDate;
        FirstSum = firstSum;
        TgkReference = tgkReference;
        TgkExperimental = tgkExperimental;
        TgrReference = tgrReference;
        TgrExperimental = tgrExperimental;
        DefinitionsMet = definitionsMet;
    }

    /// <summary>The pre-baseline scan date.</summary>
    public LocalDate PreBaselineDate { get; }

    /// <summary>The pre-baseline target sum in mm (same targets as baseline).</summary>
    public decimal PreBaselineSum { get; }

    /// <summary>The baseline date.</summary>
    public LocalDate BaselineDate { get; }

    /// <summary>The baseline target sum in mm.</summary>
    public decimal BaselineSum { get; }

    /// <summary>The first on-treatment assessment with every target evaluable.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Its target sum in mm.</summary>
    public decimal FirstSum { get; }

    /// <summary>TGK before treatment (pre-baseline to baseline), mm per month.</summary>
    public double TgkReference { get; }

    /// <summary>TGK on treatment (baseline to first assessment), mm per month.</summary>
    public double TgkExperimental { get; }

    /// <summary>TGR before treatment, % per month (null when a sum is 0).</summary>
    public double? TgrReference { get; }

    /// <summary>TGR on treatment, % per month (null when a sum is 0).</summary>
    public double? TgrExperimental { get; }

    /// <summary>The hyperprogression definitions met.</summary>
    public IReadOnlyList<HyperprogressionDefinition> DefinitionsMet { get; }
}
