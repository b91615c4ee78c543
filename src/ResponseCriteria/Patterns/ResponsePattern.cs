namespace ResponseCriteria.Patterns;

/// <summary>A descriptive response pattern (criteria §4): not a RECIST or iRECIST category.</summary>
public enum ResponsePattern
{
    /// <summary>Organ level: an organ whose lesions all respond while another progresses or gains a new lesion (Sato 2021).</summary>
    MixedResponse = 0,

    /// <summary>Lesion level: some lesions respond while others grow or new lesions appear (Bernard-Tessier 2020).</summary>
    DissociatedResponse = 1,

    /// <summary>iRECIST: an iUPD later followed by iSD, iPR, iCR or iNon-CR/Non-PD without iCPD in between (Borcoman 2019).</summary>
    Pseudoprogression = 2,

    /// <summary>Accelerated growth on treatment against the pre-treatment growth (needs a pre-baseline scan; see <see cref="HyperprogressionDefinition"/>).</summary>
    Hyperprogression = 3,
}

/// <summary>The published definitions of hyperprogression that can be computed from measurements (criteria §4.3).</summary>
public enum HyperprogressionDefinition
{
    /// <summary>Champiat 2017: RECIST PD at the first evaluation and TGR on treatment at least twice the TGR before.</summary>
    Champiat2017 = 0,

    /// <summary>Saâda-Bouzid 2017: tumour growth kinetics (mm/month) on treatment at least twice that before.</summary>
    SaadaBouzid2017 = 1,

    /// <summary>Kato 2017: PD at a first evaluation within 2 months, target sum more than 50% above the pre-treatment scan, and more than twice the TGR.</summary>
    Kato2017 = 2,

    /// <summary>Ferrara 2018: PD at the first evaluation and ΔTGR (on − before) above 50 %/month.</summary>
    Ferrara2018 = 3,

    /// <summary>Kanjanapan 2019: RECIST PD at the first scan and at least a two-fold TGR increase.</summary>
    Kanjanapan2019 = 4,

    /// <summary>Kas 2020: PD at the first evaluation and ΔTGR above 100 %/month (the best performer in Kas 2020).</summary>
    Kas2020 = 5,

    /// <summary>Matos 2020 (no pre-baseline scan needed): first evaluation within 2 months with a target sum more than 40% above baseline, or PD with two or more new lesions or a new organ.</summary>
    Matos2020 = 6,
}
