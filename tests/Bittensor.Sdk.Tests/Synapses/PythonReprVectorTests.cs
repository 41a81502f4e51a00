using System.Text;
using System.Text.Json;
using Bittensor.Sdk.Synapses;
using Bittensor.Sdk.Tests.Support;

namespace Bittensor.Sdk.Tests.Synapses;

public class PythonReprVectorTests
{
    private static JsonElement V => VectorFile.Load("python-repr.json");

    [Fact]
    public void FloatRepr_RandomDoubles_MatchCPython()
    {
        List<string> mismatches = [];
        foreach (JsonElement item in V.GetProperty("floats").EnumerateArray())
        {
            double value = BitConverter.Int64BitsToDouble(Convert.ToInt64(item.GetProperty("bits").GetString(), 16));
            string expected = item.GetProperty("repr").GetString()!;
            string actual = PythonStr.FloatRepr(value);
            if (actual != expected)
            {
                mismatches.Add($"{expected} != {actual}");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(V.GetProperty("floats").GetArrayLength() >= 1000);
    }

    [Fact]
    public void StringRepr_UnicodeEdgeCases_MatchCPython()
    {
        foreach (JsonElement item in V.GetProperty("strings").EnumerateArray())
        {
            string value = Encoding.UTF8.GetString(Convert.FromHexString(item.GetProperty("utf8_hex").GetString()!));

            Assert.Equal(item.GetProperty("repr").GetString(), PythonStr.StringRepr(value));
        }
    }
}
