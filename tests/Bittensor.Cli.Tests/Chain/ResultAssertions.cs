using System.Text.Json;

namespace Bittensor.Cli.Tests.Chain;

public static class ResultAssertions
{
    /// <summary>Asserts exit 0 (showing stderr when not) and returns the one JSON object.</summary>
    public static JsonElement Ok(this BtcliRunner.Result result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}{result.Stdout}");
        return result.Json();
    }
}
