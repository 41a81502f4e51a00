using Bittensor.Core.Metadata;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// Lists where our metadata differs from finney's for everything both declare: pallet index; call, event and error
/// indices, field names and field type shapes; storage modifier, hashers, key and value shapes and default bytes; constant
/// shapes and values; runtime API method signatures (V15).
/// </summary>
internal static class FinneyComparison
{
    public static List<Difference> Compare(RuntimeMetadata ours, RuntimeMetadata finney)
    {
        var mismatches = new List<Difference>();
        var theirs = finney.Pallets.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (PalletMetadata pallet in ours.Pallets)
        {
            if (!theirs.TryGetValue(pallet.Name, out PalletMetadata? other))
            {
                continue;
            }

            if (pallet.Index != other.Index)
            {
                mismatches.Add(new($"{pallet.Name} index", $"{pallet.Index}, finney {other.Index}"));
            }

            CompareVariants(ours, finney, $"{pallet.Name} call", pallet.Calls, other.Calls, mismatches);
            CompareVariants(ours, finney, $"{pallet.Name} event", pallet.Event, other.Event, mismatches);
            CompareVariants(ours, finney, $"{pallet.Name} error", pallet.Error, other.Error, mismatches);
            CompareStorage(ours, finney, pallet, other, mismatches);
            foreach (PalletConstantMetadata constant in pallet.Constants)
            {
                PalletConstantMetadata? match = other.Constants.FirstOrDefault(c => c.Name == constant.Name);
                if (match is not null)
                {
                    Same(mismatches, $"{pallet.Name} constant {constant.Name}", Shape(ours, constant.Type), Shape(finney, match.Type));
                    Same(mismatches, $"{pallet.Name} constant {constant.Name} value", Convert.ToHexString(constant.Value.Span), Convert.ToHexString(match.Value.Span));
                }
            }
        }

        if (ours is RuntimeMetadataV15 ourV15 && finney is RuntimeMetadataV15 theirV15)
        {
            CompareApis(ourV15, theirV15, mismatches);
        }

        return mismatches;
    }

    /// <summary>Runtime API methods both declare: input names and shapes, output shape.</summary>
    private static void CompareApis(RuntimeMetadataV15 ours, RuntimeMetadataV15 finney, List<Difference> mismatches)
    {
        foreach (RuntimeApiMetadata api in ours.Apis)
        {
            RuntimeApiMetadata? other = finney.Apis.FirstOrDefault(a => a.Name == api.Name);
            foreach (RuntimeApiMethodMetadata method in api.Methods)
            {
                if (other?.FindMethod(method.Name) is not { } match)
                {
                    continue;
                }

                string name = $"{api.Name}_{method.Name}";
                Same(mismatches, $"{name} inputs", string.Join(", ", method.Inputs.Select(i => $"{i.Name}: {Shape(ours, i.Type)}")), string.Join(", ", match.Inputs.Select(i => $"{i.Name}: {Shape(finney, i.Type)}")));
                Same(mismatches, $"{name} output", Shape(ours, method.Output), Shape(finney, match.Output));
            }
        }
    }

    private static void CompareVariants(RuntimeMetadata ours, RuntimeMetadata finney, string what, uint? ourEnum, uint? theirEnum, List<Difference> mismatches)
    {
        if (ourEnum is null || theirEnum is null)
        {
            return;
        }

        PortableType ourType = ours.Types.Resolve(ourEnum.Value);
        PortableType theirType = finney.Types.Resolve(theirEnum.Value);
        Same(mismatches, $"{what} enum", Header(ourType), Header(theirType));
        var ourVariants = (VariantDefinition)ourType.Definition;
        var theirVariants = (VariantDefinition)theirType.Definition;
        foreach (Variant variant in ourVariants.Variants)
        {
            Variant? match = theirVariants.FindByName(variant.Name);
            if (match is null)
            {
                continue;
            }

            string name = $"{what} {variant.Name}";
            if (variant.Index != match.Index)
            {
                mismatches.Add(new($"{name} index", $"{variant.Index}, finney {match.Index}"));
            }

            Same(mismatches, $"{name} field names", string.Join(", ", variant.Fields.Select(f => f.Name)), string.Join(", ", match.Fields.Select(f => f.Name)));
            if (variant.Fields.Count == match.Fields.Count)
            {
                for (int i = 0; i < variant.Fields.Count; i++)
                {
                    Same(mismatches, $"{name} field {variant.Fields[i].Name ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}", Shape(ours, variant.Fields[i].Type), Shape(finney, match.Fields[i].Type));
                }
            }
        }
    }

    private static void CompareStorage(RuntimeMetadata ours, RuntimeMetadata finney, PalletMetadata pallet, PalletMetadata other, List<Difference> mismatches)
    {
        if (pallet.Storage is null || other.Storage is null)
        {
            return;
        }

        Same(mismatches, $"{pallet.Name} storage prefix", pallet.Storage.Prefix, other.Storage.Prefix);
        foreach (StorageEntryMetadata entry in pallet.Storage.Entries)
        {
            StorageEntryMetadata? match = other.Storage.Entries.FirstOrDefault(e => e.Name == entry.Name);
            if (match is null)
            {
                continue;
            }

            string name = $"{pallet.Name}.{entry.Name}";
            Same(mismatches, $"{name} modifier", entry.Modifier.ToString(), match.Modifier.ToString());
            Same(mismatches, $"{name} hashers", string.Join(", ", entry.Hashers), string.Join(", ", match.Hashers));
            Same(mismatches, $"{name} key", entry.KeyType is { } k ? Shape(ours, k) : "-", match.KeyType is { } mk ? Shape(finney, mk) : "-");
            Same(mismatches, $"{name} value", Shape(ours, entry.ValueType), Shape(finney, match.ValueType));
            Same(mismatches, $"{name} default", Convert.ToHexString(entry.Default.Span), Convert.ToHexString(match.Default.Span));
        }
    }

    /// <summary>One difference: what differs (<c>"Balances.Locks value"</c>) and how.</summary>
    public sealed record Difference(string What, string Detail)
    {
        public override string ToString() => $"{What}: {Detail}";
    }

    /// <summary>Both texts, cut to a window around their first difference when they are long.</summary>
    private static string Divergence(string ours, string finney)
    {
        const int Window = 160;
        int at = 0;
        while (at < ours.Length && at < finney.Length && ours[at] == finney[at])
        {
            at++;
        }

        int start = Math.Max(0, at - (Window / 2));
        string Cut(string text) => (start > 0 ? "…" : string.Empty) + text[start..Math.Min(text.Length, start + Window)] + (start + Window < text.Length ? "…" : string.Empty);
        return $"\n    ours   {Cut(ours)}\n    finney {Cut(finney)}";
    }

    private static string Header(PortableType type) => $"{type.PathString}<{string.Join(", ", type.TypeParameters.Select(p => p.Type is null ? p.Name + "?" : p.Name))}>";

    private static string Shape(RuntimeMetadata metadata, uint type) => TypeShape.Describe(metadata.Types, type);

    private static void Same(List<Difference> mismatches, string what, string ours, string finney)
    {
        if (!string.Equals(ours, finney, StringComparison.Ordinal))
        {
            mismatches.Add(new(what, Divergence(ours, finney)));
        }
    }
}
