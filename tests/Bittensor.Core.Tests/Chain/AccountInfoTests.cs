using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Chain;

public class AccountInfoTests
{
    private static JsonElement V => VectorFile.SubstrateCrypto.GetProperty("account_info");

    private static ulong U64(JsonElement e) => ulong.Parse(e.GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static UInt128 U128(JsonElement e) => UInt128.Parse(e.GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Fact]
    public void Decode_Vector_FieldsMatch()
    {
        byte[] bytes = Hex.Decode(V.GetProperty("scale").GetString()!);
        Assert.Equal(V.GetProperty("length").GetInt32(), bytes.Length);
        Assert.Equal(AccountInfo.EncodedSize, bytes.Length);

        AccountInfo info = ScaleCodec.Decode<AccountInfo>(bytes);
        JsonElement value = V.GetProperty("value");
        JsonElement data = value.GetProperty("data");
        Assert.Equal(U64(value.GetProperty("nonce")), info.Nonce);
        Assert.Equal(U64(value.GetProperty("consumers")), info.Consumers);
        Assert.Equal(U64(value.GetProperty("providers")), info.Providers);
        Assert.Equal(U64(value.GetProperty("sufficients")), info.Sufficients);
        Assert.Equal(U64(data.GetProperty("free")), info.Data.Free.Rao);
        Assert.Equal(U64(data.GetProperty("reserved")), info.Data.Reserved.Rao);
        Assert.Equal(U64(data.GetProperty("frozen")), info.Data.Frozen.Rao);
        Assert.Equal(U128(data.GetProperty("flags")), info.Data.Flags);
        Assert.True(info.Data.IsNewLogic);
    }

    [Fact]
    public void Encode_VectorValue_MatchesBytes()
    {
        JsonElement value = V.GetProperty("value");
        JsonElement data = value.GetProperty("data");
        var info = new AccountInfo(
            (uint)U64(value.GetProperty("nonce")),
            (uint)U64(value.GetProperty("consumers")),
            (uint)U64(value.GetProperty("providers")),
            (uint)U64(value.GetProperty("sufficients")),
            new AccountData(
                new Balance(U64(data.GetProperty("free"))),
                new Balance(U64(data.GetProperty("reserved"))),
                new Balance(U64(data.GetProperty("frozen"))),
                AccountData.NewLogicFlag));
        Assert.Equal(U128(data.GetProperty("flags")), AccountData.NewLogicFlag);
        Assert.Equal(V.GetProperty("scale").GetString(), Hex.Encode(ScaleCodec.Encode(info)));
    }
}
