using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Subnets;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Sudo;

/// <summary>
/// <c>btcli sudo</c> (alias <c>su</c>): <c>set</c> and <c>get</c> subnet hyperparameters by their btcli names
/// (btcli 9.21 sudo.py <c>sudo_set_hyperparameter</c>: owner-settable ones signed by the subnet owner's coldkey,
/// root-only ones wrapped in <c>Sudo.sudo</c> and signed by the sudo key), and <c>set-take</c> / <c>get-take</c>.
/// </summary>
public static class SudoCommand
{
    public static Command Create(CliContext context)
    {
        Command sudo = new("sudo", "Set and get subnet hyperparameters, and the delegate take.");
        sudo.Aliases.Add("su");
        sudo.Subcommands.Add(Set(context));
        sudo.Subcommands.Add(SubnetsMetagraphCommand.Hyperparameters(context, "get"));
        sudo.Subcommands.Add(SudoTakeCommands.SetTake(context));
        sudo.Subcommands.Add(SudoTakeCommands.GetTake(context));
        return sudo;
    }

    private static Command Set(CliContext context)
    {
        ChainCommand command = new(context, "set", "Set a subnet hyperparameter (subnet owner, or the sudo key for root-only ones).", WalletUse.Coldkey, signs: true);
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        Option<string> param = command.Add(new Option<string>("--param", "--parameter") { Description = $"Hyperparameter name: {string.Join(", ", HyperparameterSetter.All.Select(h => h.Name))}.", Required = true });
        Option<string> value = command.Add(new Option<string>("--value") { Description = "New value (true/false for switches; 'low,high' for alpha_values; an SS58 address for owner hotkeys).", Required = true });
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            string name = run.Get(param)!;
            HyperparameterSetter setter = HyperparameterSetter.Find(name)
                ?? throw new CliException($"--param: unknown hyperparameter '{name}' (known: {string.Join(", ", HyperparameterSetter.All.Select(h => h.Name))})");
            AccountId32 signer = run.ColdkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            if (!client.Metadata.Calls("AdminUtils").Any(c => c.Name == setter.Call))
            {
                throw new CliException($"{setter.Name}: this chain's runtime has no AdminUtils.{setter.Call}");
            }

            ScaleField[] arguments = [new("netuid", ScaleValue.U16(id)), .. ParseArguments(client.Metadata, setter, run.Get(value)!)];
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            AccountId32? sudoKey = await client.QueryStorageAsync("Sudo", "Key", null, null, run.Token).ConfigureAwait(false) is { } key ? new AccountId32(key.ToBytes()) : null;
            AccountId32 owner = new((await client.QueryStorageAsync("SubtensorModule", "SubnetOwner", [ScaleValue.U16(id)], null, run.Token).ConfigureAwait(false))!.ToBytes());
            bool isSudo = sudoKey is { } s && s == signer;
            if (setter.RootOnly && !isSudo)
            {
                throw new CliException($"{setter.Name} is root-only: it must be signed by the sudo key {sudoKey?.ToSs58() ?? "(none)"}, not {signer}");
            }

            if (!setter.RootOnly && owner != signer && !isSudo)
            {
                throw new CliException($"only subnet {id}'s owner {owner} (or the sudo key) can set {setter.Name}, not {signer}");
            }

            // The owner signs owner-settable calls directly; the sudo key wraps anything it sets in Sudo.sudo (Root origin).
            bool wrap = setter.RootOnly || owner != signer;
            IReadOnlyList<(string Name, object? Value)> before = await SubnetsMetagraphCommand.HyperparameterFieldsAsync(client, id, null, run.Token).ConfigureAwait(false);
            ExtrinsicReceipt receipt = await run.SubmitCallAsync(
                "sudo set",
                $"Set {setter.Name} of subnet {id} to {run.Get(value)}{(wrap ? " (as sudo)" : string.Empty)}?",
                run.UnlockColdkey,
                c =>
                {
                    byte[] inner = c.Metadata.EncodeCall("AdminUtils", setter.Call, arguments);
                    return wrap ? c.Metadata.EncodeCall("Sudo", "sudo", new ScaleField("call", c.Metadata.DecodeCall(inner))) : inner;
                }).ConfigureAwait(false);
            SudoResult.Require(client.Metadata, receipt, "sudo set");
            IReadOnlyList<(string Name, object? Value)> after = await SubnetsMetagraphCommand.HyperparameterFieldsAsync(client, id, receipt.BlockHash, run.Token).ConfigureAwait(false);
            string Shown(IReadOnlyList<(string Name, object? Value)> fields) =>
                string.Join(", ", setter.ShownFields.Select(f => fields.FirstOrDefault(x => x.Name == f) is { Name: not null } hit ? Convert.ToString(hit.Value, CultureInfo.InvariantCulture) : "?"));
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteString("param", setter.Name);
                    w.WriteString("call", $"AdminUtils.{setter.Call}");
                    w.WriteBoolean("sudo", wrap);
                    w.WriteString("value", run.Get(value));
                    w.WriteString("before", Shown(before));
                    w.WriteString("after", Shown(after));
                },
                $"{setter.Name} of subnet {id}: {Shown(before)} ➡ {Shown(after)}");
        });
    }

    /// <summary>The call's fields after netuid, parsed from --value by their metadata types (one clear line per bad value).</summary>
    private static IEnumerable<ScaleField> ParseArguments(ChainMetadata metadata, HyperparameterSetter setter, string text)
    {
        IReadOnlyList<Field> fields = [.. metadata.Call("AdminUtils", setter.Call).Fields.Skip(1)];
        string[] parts = fields.Count == 1 ? [text.Trim()] : text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != fields.Count)
        {
            throw new CliException($"--value: {setter.Name} takes {fields.Count} values ({string.Join(", ", fields.Select(f => f.Name))}), separated by commas");
        }

        return fields.Select((f, i) => new ScaleField(f.Name, Parse(metadata, f, parts[i], setter.Name)));
    }

    private static ScaleValue Parse(ChainMetadata metadata, Field field, string text, string name)
    {
        TypeDefinition type = metadata.Types.Resolve(field.Type).Definition;
        if (type is PrimitiveDefinition { Primitive: PrimitiveKind.Bool })
        {
            return text.ToLowerInvariant() switch
            {
                "true" or "1" or "yes" or "on" => ScaleValue.Bool(true),
                "false" or "0" or "no" or "off" => ScaleValue.Bool(false),
                _ => throw new CliException($"--value: {name} is true or false, not '{text}'"),
            };
        }

        if (type is PrimitiveDefinition { Primitive: PrimitiveKind.I16 })
        {
            // sudo_set_alpha_sigmoid_steepness takes an i16; negative values are root-only on chain.
            return short.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out short signed)
                ? ScaleValue.I16(signed)
                : throw new CliException($"--value: {name} is a whole number from {short.MinValue} to {short.MaxValue}, not '{text}'");
        }

        if (type is PrimitiveDefinition primitive)
        {
            if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong number))
            {
                throw new CliException($"--value: {name} is a whole number, not '{text}'");
            }

            ulong max = primitive.Primitive switch
            {
                PrimitiveKind.U8 => byte.MaxValue,
                PrimitiveKind.U16 => ushort.MaxValue,
                PrimitiveKind.U32 => uint.MaxValue,
                PrimitiveKind.U64 => ulong.MaxValue,
                _ => throw new CliException($"--value: {name} has an unsupported type {primitive.Primitive}"),
            };
            if (number > max)
            {
                throw new CliException($"--value: {name} is at most {max}, not {text}");
            }

            return primitive.Primitive switch
            {
                PrimitiveKind.U8 => ScaleValue.U8((byte)number),
                PrimitiveKind.U16 => ScaleValue.U16((ushort)number),
                PrimitiveKind.U32 => ScaleValue.U32((uint)number),
                _ => ScaleValue.U64(number),
            };
        }

        if (field.TypeName?.Contains("AccountId", StringComparison.Ordinal) == true)
        {
            return ScaleValue.Bytes(ChainCommandOptions.ParseAddress(text, "--value").AsSpan());
        }

        throw new CliException($"--value: {name} ({field.TypeName}) cannot be set from the command line");
    }
}
