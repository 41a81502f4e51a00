using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Utils;

/// <summary>
/// <c>btcli utils convert</c>: TAO ⇄ rao. Unlike btcli (which goes through Python floats), the conversion is exact:
/// amounts are parsed as decimals with at most nine fractional digits, and rao as whole numbers.
/// </summary>
public static class UtilsCommand
{
    public static Command Create(CliContext context)
    {
        Command utils = new("utils", "Utilities: TAO/rao conversion.");
        utils.Subcommands.Add(Convert(context));
        return utils;
    }

    private static Command Convert(CliContext context)
    {
        Option<string> rao = new("--rao") { Description = "Convert this amount from rao to TAO (a whole number)." };
        Option<string> tao = new("--tao") { Description = "Convert this amount from TAO to rao (at most 9 decimals)." };
        OutputSettings output = new();
        Command command = new("convert", "Convert between TAO and rao, exactly (1 TAO = 1,000,000,000 rao).") { rao, tao };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            string? fromRao = parse.GetValue(rao);
            string? fromTao = parse.GetValue(tao);
            if (fromRao is null && fromTao is null)
            {
                throw new CliException("Specify `--rao` and/or `--tao`.");
            }

            Balance? raoAmount = null;
            if (fromRao is not null)
            {
                string text = fromRao.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
                raoAmount = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong r)
                    ? new Balance(r)
                    : throw new CliException($"--rao: '{fromRao}' is not a whole number of rao between 0 and {ulong.MaxValue}");
            }

            Balance? taoAmount = null;
            if (fromTao is not null)
            {
                taoAmount = Balance.TryParseTao(fromTao, out Balance t, out string? error) ? t : throw new CliException($"--tao: {error}");
            }

            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    if (raoAmount is { } a)
                    {
                        Write(w, "fromRao", a);
                    }

                    if (taoAmount is { } b)
                    {
                        Write(w, "fromTao", b);
                    }
                });
                return ExitCodes.Success;
            }

            // btcli prints "<rao>ρ = τ<tao>" and "τ<tao> = <rao>ρ"; both always with the exact nine decimals here.
            if (raoAmount is { } x)
            {
                context.Output.WriteLine($"{x.Rao.ToString(CultureInfo.InvariantCulture)}ρ = {x.ToTaoString()}");
            }

            if (taoAmount is { } y)
            {
                context.Output.WriteLine($"{y.ToTaoString()} = {y.Rao.ToString(CultureInfo.InvariantCulture)}ρ");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(System.Text.Json.Utf8JsonWriter w, string name, Balance amount)
    {
        w.WriteStartObject(name);
        w.WriteNumber("rao", amount.Rao);
        w.WriteString("tao", amount.ToTaoString()[1..]);
        w.WriteEndObject();
    }
}
