/** A point on the map (GCJ-02, as WeChat's map APIs use), with what to show beside it. */
export interface GeoPoint {
  lat: number
  lng: number
}

export interface Place extends GeoPoint {
  name: string
  address: string
}
