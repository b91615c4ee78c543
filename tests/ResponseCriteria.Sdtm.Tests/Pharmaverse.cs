using ResponseCriteria.Cases.Tests;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>The pharmaverse SDTM example data in tests/data/pharmaverse (the large files gzip-compressed; see its README).</summary>
internal static class Pharmaverse
{
    internal static string File(string name) => Repository.Pharmaverse(name);

    internal static SdtmTable Read(string name) => SdtmTableReader.Read(File(name));
}
