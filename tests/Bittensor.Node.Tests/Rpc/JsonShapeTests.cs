using System.Text.Json;

namespace Bittensor.Node.Tests.Rpc;

public sealed class JsonShapeTests
{
    private static readonly HashSet<string> None = [];

    [Fact]
    public void Compare_SameFieldsAndTypes_NoMismatch() =>
        Assert.Empty(Compare("""{"a":"0x01","n":1,"l":[["0xaa",2]]}""", """{"a":"0xff","n":7,"l":[["0xbb",3],["0xcc",4]]}"""));

    [Fact]
    public void Compare_NumberWhereRecordingHasHexString_Mismatch() =>
        Assert.Contains("$.number: recorded a hex string, ours a number", Compare("""{"number":"0x10"}""", """{"number":16}"""));

    [Fact]
    public void Compare_MissingAndExtraFields_BothReported()
    {
        List<string> mismatches = Compare("""{"a":1,"b":2}""", """{"a":1,"c":3}""");
        Assert.Contains("$.b: recorded, missing in ours", mismatches);
        Assert.Contains("$.c: ours only, never in a recording", mismatches);
    }

    [Fact]
    public void Compare_NullWhereRecordingIsNullable_NoMismatch() =>
        Assert.Empty(JsonShape.Compare([Parse("""[["0x01","0x02"]]"""), Parse("""[["0x01",null]]""")], Parse("""[["0x01",null]]"""), None));

    [Fact]
    public void Compare_TupleWithWrongPositionType_Mismatch() =>
        Assert.Contains("$[0][1]: recorded a number, ours a string", Compare("""[["0xaa",2]]""", """[["0xbb","3"]]"""));

    [Fact]
    public void Compare_EmptyRecordedObject_ConstrainsNothingInside() =>
        Assert.Empty(Compare("""{"block":{}}""", """{"block":{"header":{}}}"""));

    private static List<string> Compare(string recorded, string ours) => JsonShape.Compare([Parse(recorded)], Parse(ours), None);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
