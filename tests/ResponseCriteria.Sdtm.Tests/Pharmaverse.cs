using System.IO;
using ResponseCriteria.Cases.Tests;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>The pharmaverse SDTM example data in ../shared/external/pharmaverse (read at run time; see its README).</summary>
internal static class Pharmaverse
{
    internal static string File(string name) => Path.Combine(Repository.Shared, "external", "pharmaverse", name);

    internal static SdtmTable Read(string name) => SdtmTableReader.Read(File(name));
}
