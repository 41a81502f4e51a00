using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Utils;

public class UtilsConvertTests
{
    [Theory]
    [InlineData("1", "1ρ = τ0.000000001")]
    [InlineData("1500000001", "1500000001ρ = τ1.500000001")]
    [InlineData("18446744073709551615", "18446744073709551615ρ = τ18446744073.709551615")]
    [InlineData("0", "0ρ = τ0.000000000")]
    public void Convert_Rao_IsExact(string rao, string expected)
    {
        BtcliRunner.Result r = BtcliRunner.Run("utils", "convert", "--rao", rao);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Stdout.Trim());
    }

    [Theory]
    [InlineData("0.1", 100_000_000UL)]
    [InlineData("0.3", 300_000_000UL)]
    [InlineData("1.000000001", 1_000_000_001UL)]
    [InlineData("21000000", 21_000_000_000_000_000UL)]
    [InlineData(".5", 500_000_000UL)]
    [InlineData("τ2", 2_000_000_000UL)]
    public void Convert_Tao_IsExactWhereFloatsAreNot(string tao, ulong rao)
    {
        JsonElement j = BtcliRunner.Run("utils", "convert", "--tao", tao, "--json-output").Json();
        Assert.Equal(rao, j.GetProperty("fromTao").GetProperty("rao").GetUInt64());
        Assert.False(j.TryGetProperty("fromRao", out _));
    }

    [Fact]
    public void Convert_Both_PrintsBothLines()
    {
        BtcliRunner.Result r = BtcliRunner.Run("utils", "convert", "--rao", "123", "--tao", "0.000000123");
        Assert.Equal(["123ρ = τ0.000000123", "τ0.000000123 = 123ρ"], r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        JsonElement j = BtcliRunner.Run("utils", "convert", "--rao", "123", "--tao", "0.000000123", "--json-output").Json();
        Assert.Equal("0.000000123", j.GetProperty("fromRao").GetProperty("tao").GetString());
        Assert.Equal(123UL, j.GetProperty("fromTao").GetProperty("rao").GetUInt64());
    }

    [Theory]
    [InlineData("--tao", "1.0000000001")]
    [InlineData("--tao", "-1")]
    [InlineData("--tao", "1e3")]
    [InlineData("--tao", "abc")]
    [InlineData("--tao", "18446744074")]
    [InlineData("--rao", "1.5")]
    [InlineData("--rao", "-3")]
    [InlineData("--rao", "18446744073709551616")]
    public void Convert_BadInput_OneLineExit1(string option, string value)
    {
        WalletCli.AssertOneLineError(BtcliRunner.Run("utils", "convert", option, value));
    }

    [Fact]
    public void Convert_NothingGiven_OneLineExit1()
    {
        WalletCli.AssertOneLineError(BtcliRunner.Run("utils", "convert"));
    }
}
