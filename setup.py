"""The quote engine's modules are compiled with Cython where a C compiler is at hand: the
same Python source, run about 1.3 times as fast (``python benchmarks/run.py quotes``).
Where they cannot be compiled, and in an editable install (whose compiled copies would
hide later edits to the sources), the package runs as pure Python."""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILED = ("quotes", "people", "cues", "quotemarks")


class BuildExt(build_ext):
    def finalize_options(self) -> None:
        dist = self.distribution
        if self.inplace or self.editable_mode:
            dist.ext_modules = []
        else:
            from Cython.Build import cythonize

            dist.ext_modules = cythonize(dist.ext_modules, language_level=3)
            for ext in dist.ext_modules:
                ext.optional = True  # no compiler: pure Python (cythonize drops the flag)
        super().finalize_options()


setup(
    ext_modules=[Extension(f"reader.{name}", [f"reader/{name}.py"]) for name in COMPILED],
    cmdclass={"build_ext": BuildExt},
)
