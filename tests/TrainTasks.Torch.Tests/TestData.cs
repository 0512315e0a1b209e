using System.IO.Compression;
using TrainTasks.Core.Specs;
using TrainTasks.TestKit;

namespace TrainTasks.Torch.Tests;

/// <summary>Paths of the files in tests/data and helpers that write variants of them.</summary>
internal static class TestData
{
    public static string Iris => Path.Combine(TestPaths.DataDirectory, "iris.csv");

    public static string Digits => Path.Combine(TestPaths.DataDirectory, "digits.csv.gz");

    public static string BreastCancer => Path.Combine(TestPaths.DataDirectory, "breast_cancer.csv");

    public static string DiabetesRaw => Path.Combine(TestPaths.DataDirectory, "diabetes_data_raw.csv.gz");

    public static string DiabetesTargets => Path.Combine(TestPaths.DataDirectory, "diabetes_target.csv.gz");

    public static string FashionImages => Path.Combine(TestPaths.DataDirectory, "fashion-sample-images-idx3-ubyte.gz");

    public static string FashionLabels => Path.Combine(TestPaths.DataDirectory, "fashion-sample-labels-idx1-ubyte.gz");

    public static DataSpec IrisSpec(double validationFraction = 0.3) =>
        new("csv", new DataFiles(Table: Iris), new DataFiles(Table: Iris), validationFraction,
            Csv: new CsvOptions(HeaderRows: 1));

    /// <summary>The diabetes regression: first 300 rows train, last 142 validate, as <see
    /// cref="RidgeClosedForm.LoadDiabetes"/> splits them.</summary>
    public static DataSpec DiabetesSpec() =>
        new("csv", new DataFiles(Table: DiabetesRaw, Targets: DiabetesTargets), Test: null, 0.1,
            Csv: new CsvOptions(Separator: ' '), Task: DataSpec.RegressionTask,
            ValidationRows: 442 - RidgeClosedForm.DiabetesTrainRows);

    public static DataSpec FashionSpec(int? trainLimit = null) =>
        new("idx", new DataFiles(FashionImages, FashionLabels), new DataFiles(FashionImages, FashionLabels), 0.25,
            trainLimit);

    /// <summary>The decompressed bytes of a gzip file.</summary>
    public static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Writes <paramref name="content"/> to a new file in a new temporary folder.</summary>
    public static string WriteTemporary(string name, byte[] content)
    {
        var path = Path.Combine(TestPaths.NewTemporaryDirectory(), name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <inheritdoc cref="WriteTemporary(string, byte[])"/>
    public static string WriteTemporary(string name, string content) =>
        WriteTemporary(name, System.Text.Encoding.UTF8.GetBytes(content));
}
