"use client";

// Errors inside a cached page keep the shop's frame (header, footer); the locale-level page catches the rest.
export { default } from "../../../error";
