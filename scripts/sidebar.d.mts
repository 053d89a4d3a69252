export function readFrontmatter(file: string): Record<string, unknown>;
import type { StarlightUserConfig } from "@astrojs/starlight/types";
export function buildSidebar(root: string): NonNullable<StarlightUserConfig["sidebar"]>;
