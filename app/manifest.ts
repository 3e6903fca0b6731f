import type { MetadataRoute } from "next";

// The web app manifest (served at /manifest.webmanifest, no sign-in needed): lets a client add Mend
// to a phone's home screen, opening on their home page like an app. The icons are the metadata
// files next to this one (drawn by scripts/make-icons.mjs).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Mend",
    short_name: "Mend",
    description: "A calm place for the work between therapy appointments.",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    background_color: "#faf8f5",
    theme_color: "#1f6f6a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon1.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon2.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon2.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
