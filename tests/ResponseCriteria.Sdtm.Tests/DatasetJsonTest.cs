using System.IO;
using System.Linq;
using System.Text.Json;
using ResponseCriteria.Responses;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>CDISC Dataset-JSON v1.1 reads to the same tables as CSV: the small RECIST set converted here gives the same calls.</summary>
public sealed class DatasetJsonTest
{
    private static string ToDatasetJson(SdtmTable table, string name, bool compressed = false)
    {
        var path = Path.Combine(Repository.Scratch, $"rc-{System.Guid.NewGuid():N}-{name}.json{(compressed ? ".gz" : string.Empty)}");
        var bytes = DatasetJsonBytes(table, name);
        using var file = File.Create(path);
        using Stream stream = compressed ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest) : file;
        stream.Write(bytes);
        return path;
    }

    /// <summary>A table as CDISC Dataset-JSON v1.1 (VISITNUM and TRSTRESN as numbers, empty values as null).</summary>
    internal static byte[] DatasetJsonBytes(SdtmTable table, string name)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("datasetJSONVersion", "1.1.0");
            w.WriteString("itemGroupOID", "IG." + name.ToUpperInvariant());
            w.WriteString("name", name.ToUpperInvariant());
            w.WriteNumber("records", table.RowCount);
            w.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                w.WriteStartObject();
                w.WriteString("itemOID", $"IT.{name.ToUpperInvariant()}.{column}");
                w.WriteString("name", column);
                w.WriteString("label", column);
                w.WriteString("dataType", column is "VISITNUM" or "TRSTRESN" ? "decimal" : "string");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rows");
            for (var i = 0; i < table.RowCount; i++)
            {
                w.WriteStartArray();
                foreach (var column in table.Columns)
                {
                    var value = table.Get(i, column);
                    if (value.Length == 0)
                    {
                        w.WriteNullValue();
                    }
                    else if (column is "VISITNUM" or "TRSTRESN")
                    {
                        w.WriteRawValue(value);
                    }
                    else
                    {
                        w.WriteStringValue(value);
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    [Fact]
    public void Read_SmallSetAsDatasetJson_SameTablesAndCalls()
    {
        var tuCsv = Pharmaverse.Read("tu_onco_recist.csv");
        var trCsv = Pharmaverse.Read("tr_onco_recist.csv");
        var rsCsv = Pharmaverse.Read("rs_onco_recist.csv");
        var tu = SdtmTableReader.Read(ToDatasetJson(tuCsv, "tu"));
        var tr = SdtmTableReader.Read(ToDatasetJson(trCsv, "tr"));
        var rs = SdtmTableReader.Read(ToDatasetJson(rsCsv, "rs"));
        Assert.Equal(trCsv.RowCount, tr.RowCount);
        Assert.Equal(trCsv.Columns, tr.Columns);
        Assert.Equal(trCsv.Get(5, "TRSTRESC"), tr.Get(5, "TRSTRESC"));
        var e = StudyEvaluation.Evaluate(SdtmStudyReader.Read(tu, tr), RecordedResponses.Read(rs, Criteria.Recist11), Criteria.Recist11);
        Assert.Equal(66, e.Agree);
        Assert.Equal(0, e.Disagree);
    }

    [Fact]
    public void Read_GzipCompressedDatasetJson_SameTable()
    {
        var rsCsv = Pharmaverse.Read("rs_onco_recist.csv");
        var rs = SdtmTableReader.Read(ToDatasetJson(rsCsv, "rs", compressed: true));
        Assert.Equal(rsCsv.RowCount, rs.RowCount);
        Assert.Equal(rsCsv.Get(7, "RSSTRESC"), rs.Get(7, "RSSTRESC"));
    }

    [Fact]
    public void Read_NotDatasetJson_FormatError()
    {
        var path = Path.Combine(Repository.Scratch, $"rc-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"rows\": 3}");
        var e = Assert.Throws<SdtmFormatException>(() => SdtmTableReader.Read(path));
        Assert.Contains("Dataset-JSON", e.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_FormatErrorNamingFile()
    {
        var e = Assert.Throws<SdtmFormatException>(() => SdtmTableReader.Read("/no/such/tr.csv"));
        Assert.Equal("/no/such/tr.csv", e.Source);
    }
}
