using Bittensor.Core.Metadata;
using Bittensor.Runtime.Metadata;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// Every error we declare carries the documentation upstream gives it (the <c>///</c> comments of
/// opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/macros/errors.rs</c>, <c>pallets/admin-utils/src/lib.rs</c> and
/// frame's pallets), which clients show next to the error's name; checked against finney's recorded metadata for the errors
/// both declare.
/// </summary>
public class ErrorDocsTests
{
    private static readonly RuntimeMetadataV15 OursV15 = NodeMetadata.For(NodeRuntime.Create()).V15;

    private static readonly ChainMetadata Ours = new(OursV15);

    private static IEnumerable<PalletVariant> OurErrors() =>
        OursV15.Pallets.SelectMany(p => Ours.Errors(p.Name));

    [Fact]
    public void EveryError_HasDocumentation()
    {
        string[] undocumented = [.. OurErrors().Where(e => e.Docs.Count == 0 || e.Docs.All(string.IsNullOrWhiteSpace)).Select(e => $"{e.PalletName}.{e.Name}")];
        Assert.Empty(undocumented);
    }

    [Fact]
    public void ErrorsFinneyAlsoDeclares_HaveFinneysDocumentation()
    {
        var finney = new ChainMetadata(FinneyFixture.V15);
        var differences = new List<string>();
        int compared = 0;
        foreach (PalletVariant error in OurErrors())
        {
            PalletVariant? theirs = finney.Errors(error.PalletName).FirstOrDefault(e => e.Name == error.Name);
            if (theirs is null)
            {
                continue;
            }

            compared++;
            string key = $"{error.PalletName}.{error.Name}";
            if (!error.Docs.SequenceEqual(theirs.Docs))
            {
                differences.Add($"{key}: ours [{string.Join("|", error.Docs)}] finney [{string.Join("|", theirs.Docs)}]");
            }
        }

        Assert.True(compared > 100, $"only {compared} errors compared");
        Assert.Empty(differences);
    }

    [Fact]
    public void CommitRevealDisabled_CarriesUpstreamsExplanation()
    {
        PalletVariant error = Ours.Error("SubtensorModule", "CommitRevealDisabled");
        Assert.NotEmpty(error.Docs);
        Assert.Contains("commit", string.Join(" ", error.Docs), StringComparison.OrdinalIgnoreCase);
    }
}
