using System.Text.Json.Nodes;

namespace Bittensor.Cli.Tests.Sim;

/// <summary>Malformed scenarios: exit 1 and one line on stderr naming the JSON path at fault.</summary>
public class SimEpochErrorTests
{
    public static TheoryData<string, string> Mutations() => new()
    {
        { "steps[3].weights=\"abc\"", "$.steps[3].weights: expected an array of u16" },
        { "steps[3].weights=[70000]", "$.steps[3].weights: expected an array of u16" },
        { "steps[3].weights=[1.5]", "$.steps[3].weights: expected an array of u16" },
        { "hyperparameters.kappa=-", "$.hyperparameters.kappa: missing field" },
        { "hyperparameters.kappa=\"x\"", "$.hyperparameters.kappa: expected a u16" },
        { "hyperparameters.yuma3=1", "$.hyperparameters.yuma3: expected a boolean" },
        { "hyperparameters.alpha_sigmoid_steepness=40000", "$.hyperparameters.alpha_sigmoid_steepness: expected an i16" },
        { "initial.stake=[1,2,3]", "$.initial.stake: expected 8 elements (one per uid), got 3" },
        { "initial.stake=[1,2,3,4,0,0,0,-1]", "$.initial.stake: expected an array of u64" },
        { "initial.validator_permit=[true]", "$.initial.validator_permit: expected 8 elements" },
        { "initial.weights=[[],[],[],[],[],[],[],[[8,1]]]", "$.initial.weights[7][0]: uid 8 out of range (n = 8)" },
        { "initial.bonds=[[],[],[],[],[],[],[],[[1]]]", "$.initial.bonds[7][0]: expected a [uid, u16] pair" },
        { "initial.owner_uid=8", "$.initial.owner_uid: uid 8 out of range (n = 8)" },
        { "initial.n=-", "$.initial.n: missing field" },
        { "steps[1].dests=[4,5,6,8]", "$.steps[1].dests[3]: uid 8 out of range (n = 8)" },
        { "steps[1].uid=9", "$.steps[1].uid: uid 9 out of range (n = 8)" },
        { "steps[1].weights=[1,2]", "$.steps[1].weights: expected one weight per dest (4), got 2" },
        { "steps[2].op=\"dance\"", "$.steps[2].op: unknown op \"dance\"" },
        { "steps[2].op=-", "$.steps[2].op: missing field" },
        { "steps[0].rao_emission=-", "$.steps[0].rao_emission: missing field" },
        { "steps=7", "$.steps: expected an array of steps" },
        { "hyperparameters=[]", "$.hyperparameters: expected an object" },
        { "hyperparameters.commit_reveal=true", "$.initial.commit_blocks: missing" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void SimEpoch_MalformedScenario_ExitsOneNamingThePath(string mutation, string message)
    {
        string file = SimVectors.TempFile("bad.json");
        File.WriteAllText(file, Mutate(File.ReadAllText(SimVectors.ScenarioPath("test_bonds")), mutation));
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", file, "--json-output");
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
        string[] lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: " + message, lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public void SimEpoch_InvalidJson_ExitsOneAtTheRoot(string text)
    {
        string file = SimVectors.TempFile("broken.json");
        File.WriteAllText(file, text);
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", file);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("error: $: invalid JSON", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void SimEpoch_RootNotAnObject_ExitsOneAtTheRoot()
    {
        string file = SimVectors.TempFile("array.json");
        File.WriteAllText(file, "[1, 2]");
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", file);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("error: $: expected an object", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SimEpoch_MissingFile_ExitsOneWithAClearLine()
    {
        string file = SimVectors.TempFile("absent.json");
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"error: {file}: scenario file not found", r.Stderr.TrimEnd());
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void SimEpoch_PlotWithUnknownExtension_ExitsOne()
    {
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath("test_bonds"), "--plot", SimVectors.TempFile("out.gif"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("must end in .svg or .png", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void SimEpoch_NoFileArgument_ExitsOne()
    {
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("error:", r.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Applies <c>path=json</c> (or <c>path=-</c> to remove the field) to the scenario document.</summary>
    private static string Mutate(string json, string mutation)
    {
        JsonNode root = JsonNode.Parse(json)!;
        int eq = mutation.IndexOf('=', StringComparison.Ordinal);
        string[] segments = mutation[..eq].Split('.');
        string value = mutation[(eq + 1)..];
        JsonNode parent = root;
        for (int s = 0; s < segments.Length - 1; s++)
        {
            parent = Step(parent, segments[s]);
        }

        string last = segments[^1];
        int bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            parent = parent[last[..bracket]]!;
            int index = int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            parent.AsArray()[index] = JsonNode.Parse(value);
        }
        else if (value == "-")
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string segment)
    {
        int bracket = segment.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node[segment]!;
        }

        int index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[segment[..bracket]]![index]!;
    }
}
