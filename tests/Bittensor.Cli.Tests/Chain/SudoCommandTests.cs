using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary><c>sudo set</c>, <c>sudo get</c>, <c>sudo set-take</c> and <c>sudo get-take</c> against the shared dev node.</summary>
[Collection(DevChainTests.Name)]
public sealed class SudoCommandTests(DevChainFixture chain)
{
    [Fact]
    public void Set_OwnerParameter_SignedByOwnerAndShownBeforeAfter()
    {
        JsonElement set = chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "immunity_period", "--value", "123", "--json-output").Ok();
        Assert.True(set.GetProperty("success").GetBoolean());
        Assert.False(set.GetProperty("sudo").GetBoolean());
        Assert.Equal("AdminUtils.sudo_set_immunity_period", set.GetProperty("call").GetString());
        Assert.Equal("123", set.GetProperty("after").GetString());
        Assert.Equal(123UL, chain.Run("sudo", "get", "--netuid", chain.N, "--json-output").Ok().GetProperty("hyperparameters").GetProperty("immunity_period").GetUInt64());

        BtcliRunner.Result human = chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "activity-cutoff", "--value", "4321");
        Assert.True(human.ExitCode == 0, human.Stderr);
        Assert.Contains($"activity_cutoff of subnet {chain.N}:", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("➡ 4321", human.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_RootOnlyParameter_WrappedInSudo()
    {
        JsonElement set = chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "kappa", "--value", "30000", "--json-output").Ok();
        Assert.True(set.GetProperty("sudo").GetBoolean());
        Assert.Equal("30000", set.GetProperty("after").GetString());
    }

    [Fact]
    public void Set_Switch_ParsesTrueFalse()
    {
        // yuma3_enabled is shown as the API's yuma_version (3 on, 2 off).
        JsonElement set = chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N2, "--param", "yuma3_enabled", "--value", "false", "--json-output").Ok();
        Assert.Equal("3", set.GetProperty("before").GetString());
        Assert.Equal("2", set.GetProperty("after").GetString());
    }

    [Fact]
    public void Set_ChainRejectsValue_ModuleErrorByNameExit1()
    {
        string error = WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N2, "--param", "min_burn", "--value", "18446744073709551615"));
        Assert.Contains("AdminUtils.ValueNotInBounds: Value not in allowed bounds.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_StorageBackedParameters_GetShowsTheNewValues()
    {
        // rho and adjustment_alpha are owner parameters, difficulty and alpha_sigmoid_steepness root-only (sudo).
        (string Param, string Value)[] sets = [("rho", "17"), ("adjustment_alpha", "999"), ("difficulty", "20000000"), ("alpha_sigmoid_steepness", "250")];
        foreach ((string param, string value) in sets)
        {
            JsonElement set = chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", param, "--value", value, "--json-output").Ok();
            Assert.True(set.GetProperty("success").GetBoolean(), param);
            Assert.Equal(value, set.GetProperty("after").GetString());
        }

        JsonElement hyperparameters = chain.Run("sudo", "get", "--netuid", chain.N, "--json-output").Ok().GetProperty("hyperparameters");
        Assert.Equal(17UL, hyperparameters.GetProperty("rho").GetUInt64());
        Assert.Equal(999UL, hyperparameters.GetProperty("adjustment_alpha").GetUInt64());
        Assert.Equal(20_000_000UL, hyperparameters.GetProperty("difficulty").GetUInt64());
        Assert.Equal(250, hyperparameters.GetProperty("alpha_sigmoid_steepness").GetInt32());
    }

    [Fact]
    public void Set_BadInput_OneLineAndNothingSpent()
    {
        ulong before = Free("val");
        Assert.Contains("only subnet", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "val", "--netuid", chain.N, "--param", "rho", "--value", "5")), StringComparison.Ordinal);
        Assert.Contains("root-only", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "val", "--netuid", chain.N, "--param", "tempo", "--value", "20")), StringComparison.Ordinal);
        Assert.Contains("unknown hyperparameter", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "nope", "--value", "1")), StringComparison.Ordinal);
        Assert.Contains("whole number", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "rho", "--value", "-1")), StringComparison.Ordinal);
        Assert.Contains("at most 65535", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "rho", "--value", "70000")), StringComparison.Ordinal);
        Assert.Contains("true or false", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "yuma3_enabled", "--value", "maybe")), StringComparison.Ordinal);
        Assert.Contains("takes 2 values", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "alpha_values", "--value", "1")), StringComparison.Ordinal);
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", "999", "--param", "rho", "--value", "5")), StringComparison.Ordinal);
        Assert.Contains("no AdminUtils.sudo_set_max_weight_limit", WalletCli.AssertOneLineError(chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N, "--param", "max_weights_limit", "--value", "5")), StringComparison.Ordinal);
        Assert.Equal(before, Free("val"));
    }

    [Fact]
    public void Get_HumanAndJson_ShowHyperparameters()
    {
        JsonElement get = chain.Run("sudo", "get", "--netuid", chain.N, "--json-output").Ok();
        Assert.Equal(chain.Netuid, get.GetProperty("netuid").GetUInt16());
        Assert.Equal(10UL, get.GetProperty("hyperparameters").GetProperty("tempo").GetUInt64());
        BtcliRunner.Result human = chain.Run("sudo", "get", "--netuid", chain.N);
        Assert.Equal(0, human.ExitCode);
        Assert.Contains($"Subnet {chain.N} hyperparameters", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("kappa", human.Stdout, StringComparison.Ordinal);
        WalletCli.AssertOneLineError(chain.Run("sudo", "get", "--netuid", "999"));
    }

    [Fact]
    public void Take_GetThenLower_ChangesTheHotkeysTake()
    {
        JsonElement get = chain.Run("sudo", "get-take", "--name", "val2", "-H", "default", "--json-output").Ok();
        Assert.Equal(chain.Hotkeys["val2"], get.GetProperty("hotkey").GetString());
        Assert.Equal(11_796, get.GetProperty("take_u16").GetInt32());

        JsonElement set = chain.Run("sudo", "set-take", "--name", "val2", "-H", "default", "--take", "0.1", "--json-output").Ok();
        Assert.Equal("SubtensorModule.decrease_take", set.GetProperty("call").GetString());
        Assert.Equal(6553, set.GetProperty("take_after_u16").GetInt32());

        BtcliRunner.Result human = chain.Run("sudo", "get-take", "--hotkey-ss58", chain.Hotkeys["val2"]);
        Assert.Contains("Take of", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("0.1000", human.Stdout, StringComparison.Ordinal);

        BtcliRunner.Result lowered = chain.Run("sudo", "set-take", "--name", "val2", "-H", "default", "--take", "0.05");
        Assert.True(lowered.ExitCode == 0, lowered.Stderr);
        Assert.Contains("0.1000 ➡ 0.0500", lowered.Stdout, StringComparison.Ordinal);

        Assert.Contains("already", WalletCli.AssertOneLineError(chain.Run("sudo", "set-take", "--name", "val2", "-H", "default", "--take", "0.05")), StringComparison.Ordinal);
        Assert.Contains("between", WalletCli.AssertOneLineError(chain.Run("sudo", "set-take", "--name", "val2", "-H", "default", "--take", "0.5")), StringComparison.Ordinal);
        Assert.Contains("not a fraction", WalletCli.AssertOneLineError(chain.Run("sudo", "set-take", "--name", "val2", "-H", "default", "--take", "abc")), StringComparison.Ordinal);
    }

    private ulong Free(string wallet) => chain.Run("wallet", "balance", "--name", wallet, "--json-output").Ok().GetProperty("total_free_rao").GetUInt64();
}
